// @generated from AWS::Deadline::Fleet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::Fleet` and its property types.

/// Resource Type definition for AWS::Deadline::Fleet
///
/// CloudFormation type `AWS::Deadline::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fleet {
    props: ::forma_core::schema::Props,
}
impl Fleet {
    /// A new resource with its required properties: `Configuration`, `DisplayName`, `FarmId`, `MaxWorkerCount`, `RoleArn`.
    #[track_caller]
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        max_worker_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, farm_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, max_worker_count.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HostConfiguration`.
    #[track_caller]
    pub fn host_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HostConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MinWorkerCount`.
    ///
    /// Allowed: 0 to 2147483647.
    #[track_caller]
    pub fn min_worker_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Fleet {
    type Attributes = FleetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::Fleet"
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
/// The attributes of a `AWS::Deadline::Fleet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FleetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FleetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FleetAttributes {
    /// `Fn::GetAtt` `Capabilities`.
    pub fn capabilities(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Capabilities")
    }
    /// `Fn::GetAtt` `FleetId`.
    pub fn fleet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FleetId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `WorkerCount`.
    pub fn worker_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "WorkerCount")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `HostConfiguration` property type of `AWS::Deadline::Fleet`.
#[derive(Debug, Clone, PartialEq)]
pub struct HostConfiguration {
    props: ::forma_core::schema::Props,
}
impl HostConfiguration {
    /// A new value with its required properties: `ScriptBody`.
    pub fn new(script_body: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, script_body.into().into_expr());
        Self { props }
    }
    /// `ScriptTimeoutSeconds`.
    ///
    /// Allowed: 300 to 3600.
    pub fn script_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HostConfiguration> for ::forma_core::Value<HostConfiguration> {
    fn from(v: HostConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Deadline::Fleet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::Fleet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "FarmId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^farm-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HostConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOST_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxWorkerCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinWorkerCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws[a-zA-Z-]*):iam::\\d{12}:role(/[!-.0-~]+)*/[\\w+=,.@-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Capabilities", "FleetId", "Status", "StatusMessage", "WorkerCount", "Arn"],
};

static HOST_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Fleet.HostConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScriptBody",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(15000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScriptTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(300.0),
                maximum: Some(3600.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Fleet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
