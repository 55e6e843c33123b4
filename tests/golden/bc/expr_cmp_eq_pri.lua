local a = ...
x = a == nil
y = a ~= nil
z = nil == a
w = a == true
v = a ~= false
if a == nil then f() end
if a ~= true then f() end
