local x = 1
local function a() return f(x) end
local function b()
  local y = 2
  local g = function() return y end
  return f(g)
end
