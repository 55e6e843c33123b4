local function f(a)
  if a then return 1 end
  if a == 2 then return 2 else return 3 end
end
local function g(a)
  if a then return end
  return a
end
