local function f(a)
  local g = function() return a end
  if a then return g end
  return nil
end
