// @generated from AWS::IoTWireless::ServiceProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTWireless::ServiceProfile` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::IoTWireless::ServiceProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceProfile {
    props: ::forma_core::schema::Props,
}
impl ServiceProfile {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// LoRaWAN supports all LoRa specific attributes for service profile for CreateServiceProfile operation
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn lo_ra_wan(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoRaWanServiceProfile>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of service profile
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the service profile.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ServiceProfile {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ServiceProfile {
    type Attributes = ServiceProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTWireless::ServiceProfile"
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
/// The attributes of a `AWS::IoTWireless::ServiceProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceProfileAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `LoRaWAN.UlRate`.
    pub fn lo_ra_wan_ul_rate(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.UlRate")
    }
    /// `Fn::GetAtt` `LoRaWAN.UlBucketSize`.
    pub fn lo_ra_wan_ul_bucket_size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.UlBucketSize")
    }
    /// `Fn::GetAtt` `LoRaWAN.UlRatePolicy`.
    pub fn lo_ra_wan_ul_rate_policy(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.UlRatePolicy")
    }
    /// `Fn::GetAtt` `LoRaWAN.DlRate`.
    pub fn lo_ra_wan_dl_rate(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.DlRate")
    }
    /// `Fn::GetAtt` `LoRaWAN.DlBucketSize`.
    pub fn lo_ra_wan_dl_bucket_size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.DlBucketSize")
    }
    /// `Fn::GetAtt` `LoRaWAN.DlRatePolicy`.
    pub fn lo_ra_wan_dl_rate_policy(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.DlRatePolicy")
    }
    /// `Fn::GetAtt` `LoRaWAN.DevStatusReqFreq`.
    pub fn lo_ra_wan_dev_status_req_freq(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.DevStatusReqFreq")
    }
    /// `Fn::GetAtt` `LoRaWAN.ReportDevStatusBattery`.
    pub fn lo_ra_wan_report_dev_status_battery(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.ReportDevStatusBattery")
    }
    /// `Fn::GetAtt` `LoRaWAN.ReportDevStatusMargin`.
    pub fn lo_ra_wan_report_dev_status_margin(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.ReportDevStatusMargin")
    }
    /// `Fn::GetAtt` `LoRaWAN.DrMin`.
    pub fn lo_ra_wan_dr_min(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.DrMin")
    }
    /// `Fn::GetAtt` `LoRaWAN.DrMax`.
    pub fn lo_ra_wan_dr_max(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.DrMax")
    }
    /// `Fn::GetAtt` `LoRaWAN.ChannelMask`.
    pub fn lo_ra_wan_channel_mask(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.ChannelMask")
    }
    /// `Fn::GetAtt` `LoRaWAN.HrAllowed`.
    pub fn lo_ra_wan_hr_allowed(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.HrAllowed")
    }
    /// `Fn::GetAtt` `LoRaWAN.NwkGeoLoc`.
    pub fn lo_ra_wan_nwk_geo_loc(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.NwkGeoLoc")
    }
    /// `Fn::GetAtt` `LoRaWAN.TargetPer`.
    pub fn lo_ra_wan_target_per(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.TargetPer")
    }
    /// `Fn::GetAtt` `LoRaWAN.MinGwDiversity`.
    pub fn lo_ra_wan_min_gw_diversity(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LoRaWAN.MinGwDiversity")
    }
}

/// The `LoRaWANServiceProfile` property type of `AWS::IoTWireless::ServiceProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoRaWanServiceProfile {
    props: ::forma_core::schema::Props,
}
impl LoRaWanServiceProfile {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AddGwMetadata`.
    pub fn add_gw_metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ChannelMask`.
    pub fn channel_mask(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DevStatusReqFreq`.
    pub fn dev_status_req_freq(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DlBucketSize`.
    pub fn dl_bucket_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DlRate`.
    pub fn dl_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `DlRatePolicy`.
    pub fn dl_rate_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `DrMax`.
    ///
    /// Allowed: 0 to 15.
    pub fn dr_max(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `DrMin`.
    ///
    /// Allowed: 0 to 15.
    pub fn dr_min(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `HrAllowed`.
    pub fn hr_allowed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `MinGwDiversity`.
    pub fn min_gw_diversity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `NwkGeoLoc`.
    pub fn nwk_geo_loc(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `PrAllowed`.
    pub fn pr_allowed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `RaAllowed`.
    pub fn ra_allowed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ReportDevStatusBattery`.
    pub fn report_dev_status_battery(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `ReportDevStatusMargin`.
    pub fn report_dev_status_margin(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `TargetPer`.
    pub fn target_per(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `UlBucketSize`.
    pub fn ul_bucket_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `UlRate`.
    pub fn ul_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `UlRatePolicy`.
    pub fn ul_rate_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoRaWanServiceProfile {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoRaWanServiceProfile> for ::forma_core::Value<LoRaWanServiceProfile> {
    fn from(v: LoRaWanServiceProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LO_RA_WAN_SERVICE_PROFILE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTWireless::ServiceProfile`.
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
    /// Allowed: length 1 to 256.
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

/// The schema of `AWS::IoTWireless::ServiceProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTWireless::ServiceProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "LoRaWAN",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_SERVICE_PROFILE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "Arn",
        "LoRaWAN.UlRate",
        "LoRaWAN.UlBucketSize",
        "LoRaWAN.UlRatePolicy",
        "LoRaWAN.DlRate",
        "LoRaWAN.DlBucketSize",
        "LoRaWAN.DlRatePolicy",
        "LoRaWAN.DevStatusReqFreq",
        "LoRaWAN.ReportDevStatusBattery",
        "LoRaWAN.ReportDevStatusMargin",
        "LoRaWAN.DrMin",
        "LoRaWAN.DrMax",
        "LoRaWAN.ChannelMask",
        "LoRaWAN.HrAllowed",
        "LoRaWAN.NwkGeoLoc",
        "LoRaWAN.TargetPer",
        "LoRaWAN.MinGwDiversity",
    ],
};

static LO_RA_WAN_SERVICE_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::ServiceProfile.LoRaWANServiceProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddGwMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ChannelMask",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DevStatusReqFreq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DlBucketSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DlRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DlRatePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DrMax",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(15.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DrMin",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(15.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HrAllowed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MinGwDiversity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NwkGeoLoc",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PrAllowed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RaAllowed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReportDevStatusBattery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReportDevStatusMargin",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TargetPer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UlBucketSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UlRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UlRatePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::ServiceProfile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
