local function f(...)
  local a = ...
  return function() return a end
end
