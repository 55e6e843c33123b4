local t = ...
for k, v in pairs(t) do
  if v then break end
end
