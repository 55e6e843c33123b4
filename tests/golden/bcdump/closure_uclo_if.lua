local x = ...
if x then
  local a = 1
  f(function() return a end)
else
  local b = 2
  f(function() return b end)
end
