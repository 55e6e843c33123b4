
local function f(a)
  if a == 1 then return end
  if a == 2 then return a end
  if a == 3 then return a, a end
  if a == 4 then return g(a) end
  if a == 5 then return ... end
  local x = function() return a end
  return x
end
