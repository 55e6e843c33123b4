function f(
 a,
 b)
 return a
end
function t.x
()
end
