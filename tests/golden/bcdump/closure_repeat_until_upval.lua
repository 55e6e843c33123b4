local i = 0
repeat
  local x = i
  local f = function() return x end
  i = i + 1
until f() > 2
