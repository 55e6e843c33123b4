local a = 1
local function f()
  local b = 2
  return function()
    local c = 3
    return function() return a + b + c end
  end
end
