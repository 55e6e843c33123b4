
while true do
  local x = 1
  local f = function() return x end
  if f() then break end
end
for i = 1, 2 do
  local y = i
  local g = function() return y end
  break
end
