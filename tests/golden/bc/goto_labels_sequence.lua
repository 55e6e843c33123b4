
do
  goto b
  ::a:: ::b:: ::c::
end
do
  local x = 1
  goto d
  ::d:: ::e::
end
