local i = 0
repeat
  i = i + 1
  if i == 3 then break end
until i > 10
