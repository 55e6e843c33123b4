for i = 1,
  10
do
  f(i)
end
for k, v
  in pairs(t)
do
  g(k)
end
