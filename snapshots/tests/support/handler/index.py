def handler(event, context):
    return {"archived": len(event.get("Records", []))}
