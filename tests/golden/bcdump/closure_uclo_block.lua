do
  local a = 1
  f(function() return a end)
end
local b = 2
do
  local c = 3
  f(function() return c end)
  local d = 4
end
