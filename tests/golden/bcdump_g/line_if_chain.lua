local a = ...
if a
then
  f()
elseif
  a == 2
then
  g()
else
  h()
end
