local a = ...
if a then f() end
if a then f() else g() end
if a then end
if a then else end
