// @generated from AWS::AppRunner::AutoScalingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppRunner::AutoScalingConfiguration` and its property types.

/// Describes an AWS App Runner automatic configuration resource that enables automatic scaling of instances used to process web requests.
///
/// CloudFormation type `AWS::AppRunner::AutoScalingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoScalingConfiguration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The customer-provided auto scaling configuration name.
    ///
    /// Allowed: length 4 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn auto_scaling_configuration_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of concurrent requests that an instance processes.
    ///
    /// Allowed: 1 to 200.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn max_concurrency(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of instances that an App Runner service scales up to.
    ///
    /// Allowed: at least 1.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn max_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum number of instances that App Runner provisions for a service.
    ///
    /// Allowed: 1 to 25.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn min_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of metadata items that you can associate with your auto scaling configuration resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for AutoScalingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for AutoScalingConfiguration {
    type Attributes = AutoScalingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppRunner::AutoScalingConfiguration"
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
/// The attributes of a `AWS::AppRunner::AutoScalingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AutoScalingConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AutoScalingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AutoScalingConfigurationAttributes {
    /// `Fn::GetAtt` `AutoScalingConfigurationArn`.
    pub fn auto_scaling_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutoScalingConfigurationArn")
    }
    /// `Fn::GetAtt` `AutoScalingConfigurationRevision`.
    pub fn auto_scaling_configuration_revision(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AutoScalingConfigurationRevision")
    }
    /// `Fn::GetAtt` `Latest`.
    pub fn latest(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "Latest")
    }
}

/// The `Tag` property type of `AWS::AppRunner::AutoScalingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::AppRunner::AutoScalingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppRunner::AutoScalingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingConfigurationName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9][A-Za-z0-9\\-_]{3,31}"),
                min_length: Some(4),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrency",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(200.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxSize",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSize",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(25.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["AutoScalingConfigurationArn", "AutoScalingConfigurationRevision", "Latest"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::AutoScalingConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
