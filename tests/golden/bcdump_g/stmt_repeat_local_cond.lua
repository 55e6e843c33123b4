local i = 0
repeat
  local done = i > 5
  i = i + 1
until done
