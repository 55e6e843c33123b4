x = 08LLL
