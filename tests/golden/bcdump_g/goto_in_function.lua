local function f(x)
  if x then goto yes end
  do return 0 end
  ::yes::
  return 1
end
