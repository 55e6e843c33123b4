local a, b = ...
if a then
  if b then f() else g() end
else
  if b then h() end
end
