do
  goto l
  local y = 2
  ::l::
  f(y)
end
