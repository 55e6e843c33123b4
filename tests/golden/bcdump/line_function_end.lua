local function f()


  return 1


end
local g = function()
end
