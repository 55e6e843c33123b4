local a = 1
local function f()
  local function g() a = a + 1 end
  return g
end
