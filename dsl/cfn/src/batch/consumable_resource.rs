// @generated from AWS::Batch::ConsumableResource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Batch::ConsumableResource` and its property types.

/// Resource Type definition for AWS::Batch::ConsumableResource
///
/// CloudFormation type `AWS::Batch::ConsumableResource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsumableResource {
    props: ::forma_core::schema::Props,
}
impl ConsumableResource {
    /// A new resource with its required properties: `ResourceType`, `TotalQuantity`.
    #[track_caller]
    pub fn new(
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
        total_quantity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, resource_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, total_quantity.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Name of ConsumableResource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn consumable_resource_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConsumableResource {
    type Attributes = ConsumableResourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Batch::ConsumableResource"
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
/// The attributes of a `AWS::Batch::ConsumableResource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConsumableResourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConsumableResourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConsumableResourceAttributes {
    /// `Fn::GetAtt` `ConsumableResourceArn`.
    pub fn consumable_resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConsumableResourceArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `InUseQuantity`.
    pub fn in_use_quantity(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "InUseQuantity")
    }
    /// `Fn::GetAtt` `AvailableQuantity`.
    pub fn available_quantity(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AvailableQuantity")
    }
}

/// The values CloudFormation documents: `REPLENISHABLE`, `NON_REPLENISHABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `REPLENISHABLE`
    Replenishable,
    /// `NON_REPLENISHABLE`
    NonReplenishable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replenishable => "REPLENISHABLE",
            Self::NonReplenishable => "NON_REPLENISHABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REPLENISHABLE", "NON_REPLENISHABLE"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The schema of `AWS::Batch::ConsumableResource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Batch::ConsumableResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsumableResourceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(""),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["REPLENISHABLE", "NON_REPLENISHABLE"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TotalQuantity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["ConsumableResourceArn", "CreatedAt", "InUseQuantity", "AvailableQuantity"],
};
