local i = 0
while true do
  i = i + 1
  if i > 10 then break end
end
while i do break end
