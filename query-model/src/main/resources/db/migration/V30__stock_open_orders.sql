-- The lines still open of a product's purchase orders, which its stock shows as on order. With only the index on
-- the product, a product ordered 1 176 times read every line it was ever ordered on to find none open.
create index stock_on_order_open on stock_on_order (product_id) where cancelled = 0 and ordered > accepted;
