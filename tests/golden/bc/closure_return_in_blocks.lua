
local function f(x)
  local a = x
  local g = function() return a end
  do
    local b = 2
    local h = function() return b end
    if x then return h end
  end
  while x do
    local c = 3
    local k = function() return c end
    return k
  end
  return g
end
