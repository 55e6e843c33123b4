local i = 0
while i < 3 do
  local x = i
  local y = x * 2
  i = i + y
end
