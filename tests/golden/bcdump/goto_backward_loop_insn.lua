do
  local x = 0
  ::again::
  x = x + 1
  if x < 10 then goto again end
end
