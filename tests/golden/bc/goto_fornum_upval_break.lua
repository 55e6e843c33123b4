
for i = 1, 10 do
  local f = function() return i end
  if i == 2 then goto skip end
  if i == 5 then break end
  print(f())
  ::skip::
end
