local a, b = ...
while a do a = f() end
while not a do a = f() end
while a and b do a = f() end
while a or b do a = f() end
while false do end
while nil do end
