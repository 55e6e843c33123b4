local a = ...
x = #a
y = #a.x
z = #'abc'
w = #{1, 2}
v = #a + 1
u = #a == 0
