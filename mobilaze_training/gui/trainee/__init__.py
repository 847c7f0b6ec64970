"""The trainee's screens: home, module page, lesson reader, quiz player, results."""
