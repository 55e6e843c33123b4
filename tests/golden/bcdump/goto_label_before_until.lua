local i = 0
repeat
  i = i + 1
  if i == 2 then goto c end
  f(i)
  ::c::
until i > 3
