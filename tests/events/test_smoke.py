def test_index_and_event_pages_render(client, forum):
    response = client.get("/fi/tapahtumat/")
    assert response.status_code == 200, response.content[:3000]
    assert "Järjestöfoorumi" in response.text
    response = client.get(forum.url)
    assert response.status_code == 200, response.content[:3000]
    assert "Ilmoittaudu" in response.text or "Register" in response.text
