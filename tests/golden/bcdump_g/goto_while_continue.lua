local i = 0
while i < 10 do
  i = i + 1
  if i % 2 == 0 then goto continue end
  f(i)
  ::continue::
end
