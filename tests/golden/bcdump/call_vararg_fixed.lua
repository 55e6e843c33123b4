local function f(a, b, ...)
  local c = ...
  return a, b, c, select('#', ...)
end
