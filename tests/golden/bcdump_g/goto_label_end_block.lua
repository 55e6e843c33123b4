do
  local a = 1
  goto e
  local b = 2
  ::e::
end
