local x = 0
local function f()
  return function()
    return function() x = x + 1; return x end
  end
end
