local pairs = pairs
local function f(t)
  for k, v in pairs(t) do end
end
local next = next
local function g(t)
  for k, v in next, t do end
end
