-- debug.debug reads commands from stdin until "cont".
print("before")
debug.debug()
print("after")
