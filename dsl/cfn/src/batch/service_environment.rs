// @generated from AWS::Batch::ServiceEnvironment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Batch::ServiceEnvironment` and its property types.

/// Resource Type definition for AWS::Batch::ServiceEnvironment
///
/// CloudFormation type `AWS::Batch::ServiceEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceEnvironment {
    props: ::forma_core::schema::Props,
}
impl ServiceEnvironment {
    /// A new resource with its required properties: `CapacityLimits`, `ServiceEnvironmentType`.
    #[track_caller]
    pub fn new(
        capacity_limits: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityLimit>>>,
        service_environment_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, capacity_limits.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, service_environment_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ServiceEnvironmentName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_environment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `State`.
    #[track_caller]
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ServiceEnvironment {
    type Attributes = ServiceEnvironmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Batch::ServiceEnvironment"
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
/// The attributes of a `AWS::Batch::ServiceEnvironment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceEnvironmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceEnvironmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceEnvironmentAttributes {
    /// `Fn::GetAtt` `ServiceEnvironmentArn`.
    pub fn service_environment_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceEnvironmentArn")
    }
}

/// The `CapacityLimit` property type of `AWS::Batch::ServiceEnvironment`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityLimit {
    props: ::forma_core::schema::Props,
}
impl CapacityLimit {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CapacityUnit`.
    pub fn capacity_unit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxCapacity`.
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityLimit {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityLimit> for ::forma_core::Value<CapacityLimit> {
    fn from(v: CapacityLimit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_LIMIT_TYPE.properties))
    }
}

/// The schema of `AWS::Batch::ServiceEnvironment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Batch::ServiceEnvironment",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityLimits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_LIMIT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceEnvironmentName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceEnvironmentType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["ServiceEnvironmentArn"],
};

static CAPACITY_LIMIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::ServiceEnvironment.CapacityLimit",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
