// @generated from AWS::Connect::DataTableRecord (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::DataTableRecord` and its property types.

/// Resource Type definition for AWS::Connect::DataTableRecord
///
/// CloudFormation type `AWS::Connect::DataTableRecord`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTableRecord {
    props: ::forma_core::schema::Props,
}
impl DataTableRecord {
    /// A new resource with its required properties: `DataTableArn`, `DataTableRecord`, `InstanceArn`.
    #[track_caller]
    pub fn new(
        data_table_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        data_table_record: impl ::std::convert::Into<::forma_core::Value<DataTableRecordProperty>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_table_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, data_table_record.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for DataTableRecord {
    type Attributes = DataTableRecordAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::DataTableRecord"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Connect::DataTableRecord` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataTableRecordAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataTableRecordAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataTableRecordAttributes {
    /// `Fn::GetAtt` `RecordId`.
    pub fn record_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RecordId")
    }
}

/// The `DataTableRecord` property type of `AWS::Connect::DataTableRecord`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTableRecordProperty {
    props: ::forma_core::schema::Props,
}
impl DataTableRecordProperty {
    /// A new value with its required properties: `Values`.
    pub fn new(values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Value>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, values.into().into_expr());
        Self { props }
    }
    /// `PrimaryValues`.
    pub fn primary_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Value>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataTableRecordProperty> for ::forma_core::Value<DataTableRecordProperty> {
    fn from(v: DataTableRecordProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_TABLE_RECORD_PROPERTY_TYPE.properties))
    }
}

/// The `Value` property type of `AWS::Connect::DataTableRecord`.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    props: ::forma_core::schema::Props,
}
impl Value {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttributeId`.
    ///
    /// Allowed: length 1 to 256.
    pub fn attribute_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AttributeValue`.
    pub fn attribute_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Value {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Value> for ::forma_core::Value<Value> {
    fn from(v: Value) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::DataTableRecord`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::DataTableRecord",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataTableArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataTableRecord",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_TABLE_RECORD_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &["RecordId"],
};

static DATA_TABLE_RECORD_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::DataTableRecord.DataTableRecord",
    properties: &[
        ::forma_core::schema::Property {
            name: "PrimaryValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::DataTableRecord.Value",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
