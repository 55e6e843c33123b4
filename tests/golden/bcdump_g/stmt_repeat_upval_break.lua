local i = 0
repeat
  local j = i
  f(function() return j end)
  if j == 2 then break end
  i = i + 1
until j > 3
