local function f(a, b)
  return function() return a end, function() b = 1 end
end
