local a, b = ...
if nil == a then f() end
if 'x' == a then f() end
if 1 == a then f() end
if true == a then f() end
if a == b then f() end
