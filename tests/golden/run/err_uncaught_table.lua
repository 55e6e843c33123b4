-- An error object that is not a string and has no __tostring.
print("start")
error({code = 1})
