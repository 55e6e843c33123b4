x = 'single'
y = "double"
z = [[long]]
w = [==[long level 2]==]
v = ''
u = ""
